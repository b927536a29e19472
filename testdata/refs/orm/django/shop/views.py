from django.db import connection
from django.db.models import Count, F

from billing import models as billing_models
from .models import Customer
from shop.models import Order

# Customer.objects.filter(secret=1) in a comment is nothing


def search(q):
    # expect: shop_customer LIKELY
    # expect: shop_customer.full_name LIKELY
    # expect: shop_customer.active LIKELY
    qs = Customer.objects.filter(full_name__icontains=q, active=True).exclude(
        # expect: shop_customer.blocked LIKELY
        blocked=True,
    # expect: shop_customer.n_orders LIKELY
    ).annotate(n=Count("orders")).filter(n__gt=1).values("n_orders").order_by(
        # expect: shop_customer.created_at LIKELY
        "-created_at", "?")
    # expect: shop_order LIKELY
    # expect: shop_order.number LIKELY
    # expect: shop_order.customer_id LIKELY
    rows = Order.objects.only("number").select_related("customer")
    # expect: billing_invoice LIKELY
    # expect: billing_invoice.total LIKELY
    billing_models.Invoice.objects.values_list("total", flat=True)
    return qs, rows


def create(name):
    # expect: shop_customer LIKELY
    # expect: shop_customer.full_name LIKELY
    Customer.objects.get_or_create(full_name=name, defaults={
        # expect: shop_customer.email LIKELY
        "email": "",
    })
    # expect: shop_customer LIKELY
    # expect: shop_customer.full_name LIKELY
    c = Customer(full_name=name)
    c.save(update_fields=["full_name"])
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM shop_customer WHERE full_name = %s", [name])
    Unrelated.objects.filter(full_name=name)
