from django.db import models


class Customer(models.Model):
    email = models.EmailField(max_length=320, unique=True)
    display_name = models.CharField(max_length=200, null=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.display_name or self.email
