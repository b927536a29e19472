from django.db import migrations

from polls.operations import LoadFixture


class Migration(migrations.Migration):

    dependencies = [
        ("polls", "0002_question_votes"),
    ]

    operations = [
        LoadFixture("questions.json"),
    ]
