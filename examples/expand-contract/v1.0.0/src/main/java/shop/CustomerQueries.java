package shop;

/** Reads customers for the order page. */
public class CustomerQueries {
    static final String BY_ID = "SELECT c.id, c.email, c.full_name FROM customers c WHERE c.id = ?";
}
