package it.cassetto.shared.security;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a CDI service whose use cases check the caller's roles: each public method, or the class,
 * declares {@code @RolesAllowed} or {@code @PermitAll} (any authenticated caller); a method with
 * neither is refused. See {@link SecuredServiceInterceptor} and docs/decisions/DD001.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SecuredService {
}
