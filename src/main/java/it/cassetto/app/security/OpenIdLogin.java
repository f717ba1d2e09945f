package it.cassetto.app.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import it.cassetto.shared.security.Role;

/**
 * Wires Jakarta Security's OpenID Connect mechanism to Keycloak: every page of the portal needs an
 * authenticated caller (web.xml), who is sent to Keycloak's login page and back to
 * {@code /callback}. Roles come from the token's flat {@code groups} claim, filled by the realm's
 * role mapper. Provider address and client credentials come from {@code cassettoSettings}, that is
 * from MicroProfile Config (Soteria evaluates {@code ${...}} only for these three attributes).
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${cassettoSettings.oidcProviderUri}",
        clientId = "${cassettoSettings.oidcClientId}",
        clientSecret = "${cassettoSettings.oidcClientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = true,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(
                callerNameClaim = "preferred_username",
                callerGroupsClaim = "groups"),
        tokenAutoRefresh = true,
        tokenMinValidity = 30_000)
@DeclareRoles({
        Role.Names.EMPLOYER,
        Role.Names.ENTITY_EMPLOYEE,
        Role.Names.INTERMEDIARY,
        Role.Names.INTERMEDIARY_STAFF,
        Role.Names.OPERATOR,
        Role.Names.SUPERVISOR})
@ApplicationScoped
public class OpenIdLogin {
}
