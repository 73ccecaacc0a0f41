// SPDX-License-Identifier: EPL-2.0
/**
 * A local Chorus Pro emulator speaking the PISTE/Chorus Pro JSON API of {@code chorus-reference.md} §4,
 * for tests, the demo and a first run without an account: {@link org.choral.emulator.Emulator#start}
 * runs it in-process, {@code choral emulator} from the command line. It judges what it receives with
 * its own code (never the product's control or flux code), integrates deposits asynchronously on a
 * {@link org.choral.emulator.VirtualClock}, keeps its state in {@code DATA/emulator}, and injects
 * {@link org.choral.emulator.Fault faults} on demand.
 *
 * @since 0.1
 */
package org.choral.emulator;
