package org.example.model;

import jakarta.persistence.*;

@MappedSuperclass
public abstract class AbstractEntity {
    @Id
    // expect: sp_target.id LIKELY
    private Long id;

    // expect: sp_target.created_at EXACT
    @Column(name = "created_at", updatable = false)
    private long createdAt;

    // expect: sp_target.last_modified_by LIKELY
    private String lastModifiedBy;

    // a static field and a transient field map nothing
    private static final long serialVersionUID = 1L;
    private transient String cache;
}

@Embeddable
class Address {
    // expect: sp_target.street LIKELY
    private String street;
    // expect: sp_target.zip LIKELY
    private String zip;
}

// expect: sp_target EXACT
@Table(name = Target.TABLE, indexes = {
        // expect: sp_target.controller_id EXACT
        // expect: sp_target.name EXACT
        @Index(name = "sp_idx_target_01", columnList = "controller_id, name DESC") },
        // expect: sp_target.security_token EXACT
        uniqueConstraints = @UniqueConstraint(columnNames = { "security_token" }, name = "uk_target"))
@Entity
public class Target extends AbstractEntity {
    static final String TABLE = "sp_" + "target";

    // expect: sp_target.controller_id EXACT
    @Column(name = "controller_id", length = 64)
    private String controllerId;

    // expect: sp_target.name EXACT
    @Column(name = "name")
    private String name;

    // the word description only in a comment: private String description;
    /* private String address2; */

    // expect: sp_target.security_token EXACT
    @Column(name = "security_token") private String securityToken;

    @Transient
    private String requestControllerAttributes;

    // expect: sp_target.install_date LIKELY
    private Long installDate = System.currentTimeMillis(), // expect-free second declarator below
            // expect: sp_target.last_target_query LIKELY
            lastTargetQuery;

    @ManyToOne(fetch = FetchType.LAZY)
    // expect: sp_target.assigned_distribution_set EXACT
    @JoinColumn(name = "assigned_distribution_set", foreignKey = @ForeignKey(name = "fk_target_assign_ds"))
    private DistributionSet assignedDistributionSet;

    @ManyToOne
    // expect: sp_target.target_type_id LIKELY
    private TargetType targetType;

    @OneToMany(mappedBy = "target")
    private List<Action> actions;

    @OneToOne(mappedBy = "target", fetch = FetchType.LAZY)
    private AutoConfirmationStatus autoConfirmationStatus;

    @ManyToMany
    // expect: sp_target_target_tag EXACT
    @JoinTable(name = "sp_target_target_tag",
            // expect: sp_target_target_tag.target EXACT
            joinColumns = { @JoinColumn(name = "target", nullable = false) },
            // expect: sp_target_target_tag.tag EXACT
            inverseJoinColumns = { @JoinColumn(name = "tag", nullable = false) })
    private Set<TargetTag> tags;

    // expect: sp_target_attributes EXACT
    @CollectionTable(name = "sp_target_attributes",
            // expect: sp_target_attributes.target_id EXACT
            joinColumns = { @JoinColumn(name = "target_id", nullable = false) })
    // expect: sp_target_attributes.attribute_key EXACT
    @MapKeyColumn(name = "attribute_key", length = 128)
    // expect: sp_target_attributes.attribute_value EXACT
    @Column(name = "attribute_value", length = 128)
    @ElementCollection
    private Map<String, String> controllerAttributes;

    @Embedded
    private Address address;

    @ElementCollection
    // expect: sp_target_metadata EXACT
    @CollectionTable(name = "sp_target_metadata")
    private Map<String, MetaValue> metadata;

    // a unidirectional one-to-many: the join column is in the target's table
    @OneToMany(targetEntity = Action.class)
    // expect: sp_action.target_ref EXACT
    @JoinColumn(name = "target_ref")
    private List<Action> history;

    @Embeddable
    public static class MetaValue {
        // expect: sp_target_metadata.meta_value EXACT
        @Column(name = "meta_value")
        private String value;
    }

    public Target() {
        String local = "x";
    }

    @Override
    public String getName() {
        return name;
    }

    enum State { REGISTERED, UNKNOWN; private String ignored; }
}

// expect: sp_action EXACT
@Entity @Table(name = "sp_action")
class Action {
    @Id
    // expect: sp_action.id LIKELY
    private Long id;
}

// a class without @Entity maps nothing
class Helper {
    private String helperField;
}
