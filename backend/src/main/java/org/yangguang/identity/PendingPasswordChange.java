package org.yangguang.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The mark on a browser session whose officer signed in with a password everybody knows (see
 * {@link PasswordChangePolicy}): until the password is changed, the session may do nothing else.
 */
public final class PendingPasswordChange {

    /** The machine-readable {@code code} of the 403 problem that a marked session gets. */
    public static final String CODE = "PASSWORD_CHANGE_REQUIRED";

    private static final String ATTRIBUTE = PendingPasswordChange.class.getName();

    private PendingPasswordChange() {}

    public static void mark(HttpServletRequest request) {
        request.getSession().setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    public static void clear(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    public static boolean isPending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(ATTRIBUTE));
    }
}
