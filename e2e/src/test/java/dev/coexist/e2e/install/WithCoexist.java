package dev.coexist.e2e.install;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class needs coexist installed in the test cluster ({@code hack/deploy.sh}, what {@code
 * make deploy} does). The install is shared by every such class of the run and removed once at the
 * end ({@code hack/undeploy.sh}); see {@link CoexistInstall}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CoexistInstall.class)
public @interface WithCoexist {}
