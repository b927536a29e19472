package shop;

public class UserRepository {
    static final String FIND = "SELECT id, email FROM users WHERE id = ?";
}
