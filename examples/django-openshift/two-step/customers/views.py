from django.http import JsonResponse

from customers.models import Customer


def customer(request, pk):
    row = Customer.objects.filter(pk=pk).values("id", "email", "display_name").first()
    return JsonResponse(row or {}, status=200 if row else 404)
