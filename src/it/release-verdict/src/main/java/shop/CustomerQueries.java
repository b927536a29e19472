package shop;

final class CustomerQueries {
    static final String BY_ID = "SELECT c.id, c.email, c.full_name FROM customers c WHERE c.id = ?";
}
