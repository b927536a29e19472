# The contract step, a release after the code stopped using full_name: no release still serving reads it.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("customers", "0002_display_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    "ALTER TABLE customers_customer DROP COLUMN full_name",
                    reverse_sql="ALTER TABLE customers_customer ADD COLUMN full_name varchar(200) NULL",
                ),
            ],
        ),
    ]
