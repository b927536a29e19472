"""Shop models. The docstring mentions full_name and legacy_code: no references."""
from django.db import models
from django.db.models import F, Q


# full_name = models.CharField(max_length=10)   (a comment: no reference)
class TimeStamped(models.Model):
    # expect: shop_customer.created_at EXACT
    # expect: orders.created_at EXACT
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True


# expect: shop_customer EXACT
# expect: shop_customer.id EXACT
class Customer(TimeStamped):
    """A customer; its old column legacy_code is gone."""

    # expect: shop_customer.full_name EXACT
    full_name = models.CharField(max_length=200)
    # expect: shop_customer.mail EXACT
    email = models.EmailField(db_column="mail")
    # expect: shop_customer.referrer_id EXACT
    referrer = models.ForeignKey("self", null=True, on_delete=models.SET_NULL)
    # expect: shop_customer_tags LIKELY
    tags = models.ManyToManyField("Tag")

    objects = models.Manager()

    def __str__(self):
        return self.full_name

    def orders_named(self, name):
        # expect: orders.customer_id EXACT
        # expect: orders.label EXACT
        # expect: orders EXACT
        return Order.objects.filter(customer=self, label__icontains=name)


# expect: orders EXACT
class Order(TimeStamped):
    # expect: orders.number EXACT
    number = models.CharField(max_length=20, primary_key=True)
    # expect: orders.customer_id EXACT
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
    # expect: orders.label EXACT
    label = models.CharField(max_length=50)

    class Meta:
        db_table = "orders"
        ordering = ["-created_at"]


# expect: billing_invoice EXACT
# expect: billing_invoice.id EXACT
class Invoice(models.Model):
    # expect: billing_invoice.total EXACT
    total = models.DecimalField(max_digits=10, decimal_places=2)

    class Meta:
        app_label = "billing"


class VipCustomer(Customer):
    class Meta:
        proxy = True


class CustomerForm:
    full_name = forms.CharField()

    class Meta:
        model = Customer
        fields = ["full_name"]


def rename_all():
    # expect: shop_customer EXACT
    # expect: shop_customer.full_name EXACT
    # expect: shop_customer.referrer_id EXACT
    Customer.objects.filter(Q(full_name="") | Q(referrer__isnull=True)).update(
        # expect: shop_customer.mail EXACT
        # expect: shop_customer.full_name EXACT
        email=F("full_name"),
    )
