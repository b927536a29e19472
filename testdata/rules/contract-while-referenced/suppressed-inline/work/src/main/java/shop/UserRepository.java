package shop;

public class UserRepository {
    static final String FIND = "SELECT id, name FROM users WHERE id = ?";
}
