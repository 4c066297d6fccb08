package org.yangguang.allowance;

/**
 * What happens to the policy tables; the audit trail listens. {@code closed} is the row a new one
 * ended (as it is after closing), {@code null} when none was open.
 */
public final class AllowanceEvents {

    private AllowanceEvents() {}

    public record StandardAdded(Standard standard, Standard closed, String actor) {}

    public record AddOnRuleAdded(AddOnRule rule, AddOnRule closed, String actor) {}

    public record AssetLimitAdded(AssetLimit limit, AssetLimit closed, String actor) {}

    public record IncomeRuleAdded(IncomeRule rule, IncomeRule closed, String actor) {}
}
