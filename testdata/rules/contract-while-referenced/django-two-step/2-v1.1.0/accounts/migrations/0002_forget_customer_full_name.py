from django.db import migrations


class Migration(migrations.Migration):
    """Step one: the model forgets full_name; the column stays for the release still serving."""

    dependencies = [
        ("accounts", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name="customer", name="full_name"),
            ],
            database_operations=[],
        ),
    ]
