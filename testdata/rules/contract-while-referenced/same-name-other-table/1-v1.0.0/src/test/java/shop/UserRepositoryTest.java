package shop;

class UserRepositoryTest {
    static final String CHECK = "SELECT email FROM users";
}
