from sqlalchemy import Column, ForeignKey, Integer, String, Table, MetaData
from sqlalchemy.orm import Mapped, declarative_base, mapped_column, relationship

Base = declarative_base()
metadata = MetaData()


class TimestampMixin:
    # expect: users.created_at EXACT
    created_at = Column(Integer, nullable=False)


class User(Base, TimestampMixin):
    # expect: users EXACT
    __tablename__ = "users"

    # expect: users.id EXACT
    id = Column(Integer, primary_key=True)
    # expect: users.email_address EXACT
    email = Column("email_address", String(255))
    # expect: users.display_name EXACT
    name: Mapped[str] = mapped_column(String(50), name="display_name")
    # expect: users.nickname EXACT
    nickname: Mapped[str]
    # expect: users.Kind EXACT
    kind = sa.Column(
        "Kind",
        String,
    )
    # a relationship maps no column
    addresses = relationship("Address", back_populates="user")
    orders: Mapped[List["Order"]] = relationship()
    # phone = Column(String)  -- only in a comment
    description = "not a column: Column(String)"

    def helper(self):
        local = Column(String)
        return local


class Admin(User):
    # expect: users.level LIKELY
    level = Column(Integer)


# expect: user_roles EXACT
user_roles = Table(
    "user_roles",
    metadata,
    # expect: user_roles.user_id EXACT
    Column("user_id", ForeignKey("users.id")),
    # expect: user_roles.role EXACT
    Column("role", String),
)


class NotMapped:
    value = 3
