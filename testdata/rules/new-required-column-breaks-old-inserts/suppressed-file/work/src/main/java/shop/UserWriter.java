package shop;

public class UserWriter {
    static final String INSERT = "INSERT INTO users (id, email) VALUES (?, ?)";
}
