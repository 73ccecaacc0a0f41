// SPDX-License-Identifier: EPL-2.0
package org.choral.integration.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the build left the products and the update site (system properties set by the pom). */
final class Products {

    /** One desktop Choral ships for, named as Tycho names its archive. */
    enum Platform {
        LINUX("linux.gtk.x86_64", "org.eclipse.swt.gtk.linux.x86_64", "org.eclipse.equinox.launcher.gtk.linux.x86_64", true),
        WINDOWS("win32.win32.x86_64", "org.eclipse.swt.win32.win32.x86_64", "org.eclipse.equinox.launcher.win32.win32.x86_64", false),
        MAC_X86("macosx.cocoa.x86_64", "org.eclipse.swt.cocoa.macosx.x86_64", "org.eclipse.equinox.launcher.cocoa.macosx.x86_64", true),
        // No launcher fragment for macOS aarch64 at 4.38 on Maven Central; the scripts need none.
        MAC_ARM("macosx.cocoa.aarch64", "org.eclipse.swt.cocoa.macosx.aarch64", null, true);

        final String suffix;
        final String swtFragment;
        final String launcherFragment;
        final boolean unix;

        Platform(String suffix, String swtFragment, String launcherFragment, boolean unix) {
            this.suffix = suffix;
            this.swtFragment = swtFragment;
            this.launcherFragment = launcherFragment;
            this.unix = unix;
        }
    }

    private Products() {
    }

    static Path productsDir() {
        return Path.of(System.getProperty("choral.product.dir", "../org.choral.product/target/products"));
    }

    static Path repositoryDir() {
        return Path.of(System.getProperty("choral.repository.dir", "../org.choral.repository/target/repository"));
    }

    /** The archive of {@code platform}, e.g. {@code choral-0.1.0-linux.gtk.x86_64.tar.gz}. */
    static Path archive(Platform platform) throws IOException {
        String ending = "-" + platform.suffix + (platform.unix ? ".tar.gz" : ".zip");
        try (Stream<Path> files = Files.list(productsDir())) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith("choral-")
                    && p.getFileName().toString().endsWith(ending)).toList();
            if (found.size() != 1) {
                throw new IllegalStateException("expected one archive *" + ending + " in " + productsDir() + ", found " + found);
            }
            return found.get(0);
        }
    }
}
