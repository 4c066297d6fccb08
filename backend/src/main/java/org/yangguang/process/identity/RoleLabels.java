package org.yangguang.process.identity;

import org.yangguang.identity.Role;

/** Chinese names of the roles, for group names shown in Camunda's webapps. */
final class RoleLabels {

    private RoleLabels() {}

    static String label(Role role) {
        return switch (role) {
            case VILLAGE -> "村(居)低保专干";
            case TOWNSHIP -> "乡镇(街道)民政办";
            case COUNTY -> "县级民政局";
            case SUPERVISOR -> "业务主管";
            case INSPECTOR -> "纪委监委";
            case ADMIN -> "系统管理员";
        };
    }
}
