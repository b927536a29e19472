# SELECT email FROM users  (comment)
LOG = "select a user from the list"

# refs: users users.email users.id
Q1 = 'SELECT email FROM users WHERE id = %s'
# refs: users users.name users.id
Q2 = r"SELECT name FROM users WHERE id = %(id)s"
# refs: orders orders.total orders.id
Q3 = f"SELECT total FROM orders WHERE id = {order_id}"
# refs: invoices invoices.amount invoices.paid
Q4 = """
    SELECT amount
    FROM invoices
    WHERE paid
"""
# refs: carts carts.owner carts.id
Q5 = ("SELECT owner "
      "FROM carts WHERE id = ?")
# refs: items items.sku
Q6 = b'SELECT sku FROM items'
DOC = "Remember to delete from users when done"
