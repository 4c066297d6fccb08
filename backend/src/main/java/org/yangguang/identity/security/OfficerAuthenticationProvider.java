package org.yangguang.identity.security;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.yangguang.identity.IdentityEvents.Channel;
import org.yangguang.identity.LoginService;
import org.yangguang.identity.Role;

/** Spring Security's door to {@link LoginService}; one instance per channel. */
final class OfficerAuthenticationProvider implements AuthenticationProvider {

    private final LoginService logins;
    private final Channel channel;

    OfficerAuthenticationProvider(LoginService logins, Channel channel) {
        this.logins = logins;
        this.channel = channel;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        var officer = logins.authenticate(authentication.getName(), password, channel);
        return authenticated(officer.username(), officer.role());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A signed-in officer: the username as principal, the one role as authority; no credentials kept. */
    static UsernamePasswordAuthenticationToken authenticated(String username, Role role) {
        return UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
    }
}
