package org.yangguang.support;

import java.util.List;

/** The demo accounts of the stable interface. */
public final class TestAccounts {

    public static final String PASSWORD = "Sunshine#2026";

    public static final List<String> ALL = List.of(
            "county",
            "township-dh",
            "township-xs",
            "village-dh1",
            "village-dh2",
            "village-dh3",
            "village-xs1",
            "village-xs2",
            "village-xs3",
            "supervisor",
            "inspector",
            "admin");

    private TestAccounts() {}
}
