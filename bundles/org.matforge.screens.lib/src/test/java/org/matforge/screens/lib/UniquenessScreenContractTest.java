package org.matforge.screens.lib;

import org.matforge.spi.screen.Screen;
import org.matforge.testkit.ScreenContract;

/** The plug-in test kit's screen contract on {@link UniquenessScreen}, a set-wise screen. */
class UniquenessScreenContractTest extends ScreenContract {
    @Override
    protected Screen screen() {
        return new UniquenessScreen();
    }
}
