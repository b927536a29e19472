package org.example.model

import jakarta.persistence.*

// expect: rollout LIKELY
@Entity
class Rollout(
    // expect: rollout.id LIKELY
    @Id val id: Long,
    // expect: rollout.display_name LIKELY
    @field:Column(name = "display_name") var name: String,
    notAProperty: Int,
) : BaseEntity() {

    // expect: rollout.total_targets LIKELY
    var totalTargets: Long = 0

    @Transient
    var cached: String? = null

    // expect: rollout.dist_set_id LIKELY
    @ManyToOne @JoinColumn(name = "dist_set_id") lateinit var distributionSet: DistributionSet

    // expect: rollout_group_link EXACT
    @ManyToMany @JoinTable(name = "rollout_group_link",
        // expect: rollout_group_link.rollout EXACT
        joinColumns = [JoinColumn(name = "rollout")])
    var groups: MutableList<Group> = mutableListOf()

    fun count(): Int {
        val local = 3
        return local
    }

    companion object {
        const val NOT_A_COLUMN = "x"
    }
}
