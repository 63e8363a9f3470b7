package vn.ansinh;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

import vn.ansinh.shared.AccessScope;

/**
 * The API description leaves out the controllers' {@link AccessScope} parameter: it is never sent
 * by the client but taken from the signed-in user, and describing it as a query parameter would
 * invite clients to try.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AccessScope.class);
    }
}
