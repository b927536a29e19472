from django.db import connection


def customer_names():
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, email FROM accounts_customer ORDER BY email")
        return cursor.fetchall()
