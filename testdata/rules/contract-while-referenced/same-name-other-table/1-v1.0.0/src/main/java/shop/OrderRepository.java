package shop;

public class OrderRepository {
    // orders.email, not users.email; and this comment naming users.email is not code:
    // SELECT email FROM users
    static final String FIND = "SELECT o.id, o.email FROM orders o JOIN users u ON u.id = o.id";
    void log(org.slf4j.Logger log) {
        log.info("select the email from users when asked");
    }
}
