package shop;

/** Reads customers for the order page: full_name is no longer read (display_name replaced it). */
public class CustomerQueries {
    static final String BY_ID = "SELECT c.id, c.email, c.display_name FROM customers c WHERE c.id = ?";
}
