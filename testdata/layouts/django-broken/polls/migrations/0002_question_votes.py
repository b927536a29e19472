from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("polls", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="question",
            name="votes",
            field=models.IntegerField(default=0),
        ),
        migrations.RunSQL("UPDATE polls_question SET votes = 1
            WHERE text = 'x'"),
    ]
