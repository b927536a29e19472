# The contract step, a release after the code stopped using full_name: no release still serving reads it.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("customers", "0002_display_name"),
    ]

    operations = [
        # give up rather than queue every query on the table behind a long transaction (the migration retries)
        migrations.RunSQL("SET LOCAL lock_timeout = '5s'", reverse_sql=migrations.RunSQL.noop),
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    "ALTER TABLE customers_customer DROP COLUMN full_name",
                    reverse_sql="ALTER TABLE customers_customer ADD COLUMN full_name varchar(200) NULL",
                ),
            ],
        ),
    ]
