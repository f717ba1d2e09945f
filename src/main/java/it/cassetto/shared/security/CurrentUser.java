package it.cassetto.shared.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The caller of the current request, as the container authenticated it (OpenID Connect through
 * Keycloak). Services ask it who is calling; views use it only to show the name and role.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    Instance<OpenIdContext> openIdContext;

    private CallerIdentity identity;

    /** The authenticated caller, or empty for an anonymous request. */
    public Optional<CallerIdentity> identity() {
        if (identity == null) {
            identity = resolve();
        }
        return Optional.ofNullable(identity);
    }

    /** The authenticated caller; throws {@link NotAuthenticatedException} for an anonymous request. */
    public CallerIdentity require() {
        return identity().orElseThrow(NotAuthenticatedException::new);
    }

    private CallerIdentity resolve() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (securityContext.isCallerInRole(role.roleName())) {
                roles.add(role);
            }
        }
        String displayName = null;
        String fiscalCode = null;
        if (openIdContext.isResolvable()) {
            try {
                OpenIdContext oidc = openIdContext.get();
                displayName = oidc.getClaims().getStringClaim("name").orElse(null);
                fiscalCode = oidc.getClaims().getStringClaim("fiscal_code").orElse(null);
            } catch (RuntimeException notAnOpenIdCaller) {
                // A caller authenticated otherwise (tests, another mechanism) has no OpenID claims.
            }
        }
        return new CallerIdentity(principal.getName(), displayName, fiscalCode, roles);
    }
}
