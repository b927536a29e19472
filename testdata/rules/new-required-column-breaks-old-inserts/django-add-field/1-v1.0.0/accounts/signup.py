from django.db import connection


def sign_up(email, full_name):
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO accounts_customer (email, full_name) VALUES (%s, %s)", [email, full_name])
