from django.db import connection


def customer_names():
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, full_name FROM accounts_customer ORDER BY full_name")
        return cursor.fetchall()
