package it.cassetto.shared.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces the role declarations of {@link SecuredService} beans before the use case (and its
 * transaction) starts: the method's annotation wins over the class's; no annotation means denied.
 * CDI beans, unlike EJBs, get no such check from the container.
 */
@SecuredService
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class SecuredServiceInterceptor {

    @Inject
    CurrentUser currentUser;

    @AroundInvoke
    public Object checkRoles(InvocationContext context) throws Exception {
        Method method = context.getMethod();
        Class<?> type = method.getDeclaringClass();
        if (method.isAnnotationPresent(DenyAll.class)) {
            throw new AccessDeniedException(describe(method) + " is denied to everybody");
        }
        RolesAllowed rolesAllowed = method.getAnnotation(RolesAllowed.class);
        boolean permitAll = method.isAnnotationPresent(PermitAll.class);
        if (rolesAllowed == null && !permitAll) {
            rolesAllowed = type.getAnnotation(RolesAllowed.class);
            permitAll = type.isAnnotationPresent(PermitAll.class);
        }
        if (rolesAllowed == null && !permitAll) {
            throw new AccessDeniedException(describe(method) + " declares no roles");
        }
        CallerIdentity caller = currentUser.require();
        if (rolesAllowed != null && Arrays.stream(rolesAllowed.value())
                .map(Role::fromRoleName)
                .noneMatch(role -> role.isPresent() && caller.hasRole(role.get()))) {
            throw new AccessDeniedException(caller.username() + " may not call " + describe(method));
        }
        return context.proceed();
    }

    private static String describe(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
