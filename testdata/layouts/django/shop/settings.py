INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "accounts", "orders"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
    }
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
