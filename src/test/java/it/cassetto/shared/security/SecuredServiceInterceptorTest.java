package it.cassetto.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecuredServiceInterceptorTest {

    @RolesAllowed(Role.Names.OPERATOR)
    static class OfficeService {
        public String classRoles() {
            return "done";
        }

        @RolesAllowed(Role.Names.INTERMEDIARY)
        public String methodRoles() {
            return "done";
        }

        @PermitAll
        public String anyAuthenticated() {
            return "done";
        }

        @DenyAll
        public String nobody() {
            return "done";
        }
    }

    static class UndeclaredService {
        public String undeclared() {
            return "done";
        }
    }

    @Test
    void aCallerWithTheClassRole_passes() throws Exception {
        assertThat(call(OfficeService.class, "classRoles", Role.OPERATOR)).isEqualTo("done");
    }

    @Test
    void aCallerWithoutTheClassRole_isDenied() {
        assertThatThrownBy(() -> call(OfficeService.class, "classRoles", Role.INTERMEDIARY))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theMethodsRoles_winOverTheClasss() throws Exception {
        assertThat(call(OfficeService.class, "methodRoles", Role.INTERMEDIARY)).isEqualTo("done");
        assertThatThrownBy(() -> call(OfficeService.class, "methodRoles", Role.OPERATOR))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void permitAll_letsAnyAuthenticatedCallerIn_butNotAnAnonymousOne() throws Exception {
        assertThat(call(OfficeService.class, "anyAuthenticated", Role.SUPERVISOR)).isEqualTo("done");
        assertThatThrownBy(() -> callAnonymously(OfficeService.class, "anyAuthenticated"))
                .isInstanceOf(NotAuthenticatedException.class);
    }

    @Test
    void denyAll_refusesEvenTheRightRole() {
        assertThatThrownBy(() -> call(OfficeService.class, "nobody", Role.OPERATOR))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMethodDeclaringNoRoles_isRefused() {
        assertThatThrownBy(() -> call(UndeclaredService.class, "undeclared", Role.SUPERVISOR))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("declares no roles");
    }

    private static Object call(Class<?> type, String method, Role role) throws Exception {
        return invoke(type, method, Optional.of(new CallerIdentity("user", "User", null, Set.of(role))));
    }

    private static Object callAnonymously(Class<?> type, String method) throws Exception {
        return invoke(type, method, Optional.empty());
    }

    private static Object invoke(Class<?> type, String methodName, Optional<CallerIdentity> identity)
            throws Exception {
        SecuredServiceInterceptor interceptor = new SecuredServiceInterceptor();
        interceptor.currentUser = new CurrentUser() {
            @Override
            public Optional<CallerIdentity> identity() {
                return identity;
            }
        };
        Object target = type.getDeclaredConstructor().newInstance();
        Method method = type.getMethod(methodName);
        return interceptor.checkRoles(new DirectInvocation(target, method));
    }

    /** Invokes the target method directly, as the container would after the interceptor. */
    private record DirectInvocation(Object target, Method method) implements InvocationContext {
        @Override
        public Object getTarget() {
            return target;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {
        }

        @Override
        public Map<String, Object> getContextData() {
            return new HashMap<>();
        }

        @Override
        public Object proceed() throws Exception {
            return method.invoke(target);
        }
    }
}
