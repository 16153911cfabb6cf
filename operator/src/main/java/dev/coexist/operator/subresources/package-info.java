/**
 * The aggregated API server for {@code subresources.kubevirt.io} (versions {@code v1} and {@code
 * v1alpha3}): discovery, front-proxy authentication, SubjectAccessReview authorization, the VM
 * lifecycle subresources (start, stop, restart), the VMI subresources proxied to virt-handler
 * (pause, unpause, reset, softreboot, guestosinfo) and the console/VNC streams.
 *
 * <p>Pure decision logic lives in {@link dev.coexist.operator.subresources.Lifecycle}, {@link
 * dev.coexist.operator.subresources.Discovery}, {@link
 * dev.coexist.operator.subresources.SubresourcePath} and {@link
 * dev.coexist.operator.subresources.ApiStatus}; I/O goes through the {@link
 * dev.coexist.operator.subresources.VmStore}, {@link
 * dev.coexist.operator.subresources.AccessReviewer} and {@link
 * dev.coexist.operator.subresources.HandlerClient} seams.
 */
package dev.coexist.operator.subresources;
