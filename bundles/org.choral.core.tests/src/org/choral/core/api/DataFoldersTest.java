// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataFoldersTest {

    @Test
    void environmentOverrideWins() {
        assertEquals(Path.of("/srv/choral"),
                DataFolders.defaultFolder(Map.of("CHORAL_DATA", "/srv/choral"), "Linux", "/home/a"));
    }

    @Test
    void linuxFollowsXdg() {
        assertEquals(Path.of("/home/a/.local/share/choral"), DataFolders.defaultFolder(Map.of(), "Linux", "/home/a"));
        assertEquals(Path.of("/x/choral"),
                DataFolders.defaultFolder(Map.of("XDG_DATA_HOME", "/x"), "Linux", "/home/a"));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/a/AppData/Roaming", "Choral"),
                DataFolders.defaultFolder(Map.of("APPDATA", "C:/Users/a/AppData/Roaming"), "Windows 11", "C:/Users/a"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/Users/a/Library/Application Support/Choral"),
                DataFolders.defaultFolder(Map.of(), "Mac OS X", "/Users/a"));
    }
}
