from django.urls import path

from customers import views

urlpatterns = [
    path("customers/<int:pk>", views.customer),
]
