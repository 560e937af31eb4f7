//! The connection loop: what `axum::serve` does, plus what it cannot be told. A client gets
//! `header_read_timeout` to send a request's headers, so slow or idle clients cannot hold
//! connections open (hyper's timeout needs a timer, which `axum::serve` does not give it).
//! Graceful: once `stopping` fires, no connection is accepted and the open ones finish the
//! request they are on; the returned future ends when all are closed.

use crate::client_addr::TrustedProxies;
use axum::Router;
use axum::extract::ConnectInfo;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tower::ServiceExt;

/// Serves `app` on `listener` until `stopping` fires and every open connection has finished.
/// Each request carries the client's address as `ConnectInfo` (the rate limits' key): the peer,
/// or behind a trusted proxy the address it forwarded (`client_addr.rs`).
/// `header_read_timeout` runs from a connection's start, or from the end of the previous
/// response on a kept-alive one.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    stopping: CancellationToken,
    header_read_timeout: Duration,
    proxies: Arc<TrustedProxies>,
) {
    let mut builder = Builder::new(TokioExecutor::new());
    builder.http1().timer(TokioTimer::new()).header_read_timeout(header_read_timeout);
    builder.http2().timer(TokioTimer::new());
    let graceful = GracefulShutdown::new();
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(conn) => conn,
                Err(e) => {
                    // out of file descriptors and the like: pause rather than spin
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = stopping.cancelled() => break,
        };
        let _ = stream.set_nodelay(true);
        let (app, proxies) = (app.clone(), proxies.clone());
        let service = tower::service_fn(move |mut req: http::Request<hyper::body::Incoming>| {
            let client = proxies.client(peer, req.headers());
            req.extensions_mut().insert(ConnectInfo(client));
            app.clone().oneshot(req)
        });
        let conn = builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service)).into_owned();
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            if let Err(e) = conn.await {
                tracing::debug!(error = %e, %peer, "connection ended with an error");
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
}
