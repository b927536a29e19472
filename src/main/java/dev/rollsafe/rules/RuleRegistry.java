package dev.rollsafe.rules;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The one list of rules. Every shell (CLI, Maven goal, reports, docs) and the engine read rules from
 * here; adding a rule means adding its class to {@link #standard()}, its doc and its fixture folder.
 */
public final class RuleRegistry {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final Map<String, Rule> byId;

    /** A registry of the given rules; fails on a rule without {@link RuleInfo}, a bad id or a duplicate. */
    public RuleRegistry(List<? extends Rule> rules) {
        Map<String, Rule> map = new TreeMap<>();
        for (Rule rule : rules) {
            String id = rule.info().id();
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("rule id '" + id + "' of " + rule.getClass().getName()
                        + " is not kebab-case");
            }
            Rule previous = map.putIfAbsent(id, rule);
            if (previous != null) {
                throw new IllegalArgumentException("rule id '" + id + "' is used by both "
                        + previous.getClass().getName() + " and " + rule.getClass().getName());
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    /** Every built-in rule, each a fresh instance. */
    public static RuleRegistry standard() {
        return new RuleRegistry(List.of(
                new UnparsedStatementRule(),
                new UnreadableFileRule(),
                new ReleasedMigrationModifiedRule(),
                new ReleasedMigrationDeletedRule(),
                new MigrationOutOfOrderRule(),
                new ContractWhileReferencedRule(),
                new NewRequiredColumnBreaksOldInsertsRule(),
                // PostgreSQL lock hazards
                new CreateIndexBlocksWritesRule(),
                new DropIndexBlocksWritesRule(),
                new ConcurrentIndexInTransactionRule(),
                new AddForeignKeyBlocksWritesRule(),
                new AddCheckBlocksWritesRule(),
                new SetNotNullScansTableRule(),
                new AddColumnDefaultRewritesTableRule(),
                new ColumnTypeChangeRewritesTableRule(),
                new AddUniqueConstraintBlocksWritesRule(),
                new EnumValueAddedInTransactionRule(),
                new ReindexBlocksWritesRule(),
                new DetachPartitionBlocksQueriesRule(),
                new IdentifierTooLongRule(),
                new VacuumFullOrClusterRewritesTableRule(),
                new AddExclusionConstraintBlocksQueriesRule(),
                new BackfillHoldsDdlLockRule(),
                // PostgreSQL column type style
                new IntKeyMayOverflowRule(),
                new SerialInsteadOfIdentityRule(),
                new VarcharLengthLimitRule(),
                new TimestampWithoutTimeZoneRule(),
                new CharColumnRule(),
                // PostgreSQL: more lock hazards, and statements a failed migration cannot simply re-run
                new TruncateCascadeRule(),
                new DomainConstraintScansColumnsRule(),
                new StatementNotRerunnableRule(),
                // destructive statements and transaction control (every dialect unless the rule says)
                new DropDatabaseRule(),
                new UncommittedTransactionRule(),
                new NestedTransactionRule(),
                // MySQL / MariaDB hazards (and required columns everywhere)
                new AlterCopiesTableRule(),
                new AddForeignKeyCopiesTableRule(),
                new AlterAlgorithmRefusedRule(),
                new DdlMixedWithDataChangeRule(),
                new MissingLockTimeoutRule(),
                new RequiredColumnWithoutDefaultRule(),
                // deployment files: where the migrations run
                new MigrateOnAppStartupRule(),
                new InitContainerImageMismatchRule(),
                // rollsafe:ignore directives (reported by the engine after the other rules)
                new SuppressionWithoutReasonRule(),
                new SuppressionOfUnknownRuleRule(),
                new UnusedSuppressionRule()));
    }

    /** All rules in id order. */
    public List<Rule> all() {
        return List.copyOf(byId.values());
    }

    /** All rule ids in order. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public boolean contains(Class<?> ruleClass) {
        return byId.values().stream().anyMatch(r -> r.getClass() == ruleClass);
    }
}
