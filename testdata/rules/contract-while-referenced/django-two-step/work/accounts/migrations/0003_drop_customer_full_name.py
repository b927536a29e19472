from django.db import migrations


class Migration(migrations.Migration):
    """Step two, a release later: no serving release reads full_name any more."""

    dependencies = [
        ("accounts", "0002_forget_customer_full_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    "ALTER TABLE accounts_customer DROP COLUMN full_name",
                    reverse_sql="ALTER TABLE accounts_customer ADD COLUMN full_name varchar(200) NULL",
                ),
            ],
        ),
    ]
