// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.bot;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;

/**
 * The application context the launcher would give the product: branding properties read from the
 * real product extension, so that tests start the workbench exactly as configured for users.
 */
final class ProductApplicationContext implements IApplicationContext {

    private static final String PRODUCTS = "org.eclipse.core.runtime.products"; //$NON-NLS-1$

    private final String productId;
    private final IConfigurationElement product;
    private final Map<String, String> properties = new HashMap<>();
    private final String[] args;

    ProductApplicationContext(String productId, String... args) {
        this.productId = productId;
        this.args = args.clone();
        IExtension extension = Platform.getExtensionRegistry().getExtension(PRODUCTS, productId);
        if (extension == null) {
            throw new IllegalStateException("No product " + productId); //$NON-NLS-1$
        }
        this.product = extension.getConfigurationElements()[0];
        for (IConfigurationElement p : product.getChildren("property")) { //$NON-NLS-1$
            properties.put(p.getAttribute("name"), p.getAttribute("value")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Override
    public Map<String, Object> getArguments() {
        return Map.of(APPLICATION_ARGS, args.clone());
    }

    @Override
    public void applicationRunning() {
        // no splash screen to take down
    }

    @Override
    public String getBrandingApplication() {
        return product.getAttribute("application"); //$NON-NLS-1$
    }

    @Override
    public String getBrandingName() {
        return product.getAttribute("name"); //$NON-NLS-1$
    }

    @Override
    public String getBrandingDescription() {
        return product.getAttribute("description"); //$NON-NLS-1$
    }

    @Override
    public String getBrandingId() {
        return productId;
    }

    @Override
    public String getBrandingProperty(String key) {
        return properties.get(key);
    }

    @Override
    public Bundle getBrandingBundle() {
        return Platform.getBundle(product.getContributor().getName());
    }

    @Override
    public void setResult(Object result, IApplication application) {
        // the test reads the result from start()'s return value
    }
}
