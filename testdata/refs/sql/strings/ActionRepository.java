package example;

interface ActionRepository {
    // JPQL: entities and fields, not tables and columns
    @Query("UPDATE JpaAction a SET a.externalRef = :externalRef WHERE a.id = :actionId")
    void setExternalRef(String externalRef, long actionId);

    @Query(value = "DELETE FROM JpaAction t WHERE t.tenant = :tenant")
    void deleteByTenant(String tenant);

    // refs: sp_target sp_target.target_group sp_target.tenant
    @Query(value = "SELECT DISTINCT target_group FROM sp_target WHERE tenant = ?1", nativeQuery = true)
    List<String> groups(String tenant);

    // refs: sp_action sp_action.id
    @Query(nativeQuery = true, value = "SELECT id FROM sp_action")
    List<Long> ids();

    @NamedQuery(name = "x", query = "SELECT t.id FROM JpaTarget t WHERE t.tenant = :tenant")
    default List<Object> q(EntityManager em) {
        em.createQuery("DELETE FROM JpaRollout r WHERE r.tenant = :t").executeUpdate();
        // refs: sp_rollout sp_rollout.tenant
        em.createNativeQuery("DELETE FROM sp_rollout WHERE tenant = ?").executeUpdate();
        String other = "SELECT ac.distributionSet.id FROM JpaAction ac";
        return null;
    }
}
