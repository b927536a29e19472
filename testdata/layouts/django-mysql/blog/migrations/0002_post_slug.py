from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("journal", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="post",
            name="slug",
            field=models.SlugField(default="", unique=True),
            preserve_default=False,
        ),
        # rollsafe:ignore missing-lock-timeout -- blog_post is small and the deploy runs at night
        migrations.AlterField(
            model_name="post",
            name="title",
            field=models.CharField(max_length=300),
        ),
    ]
