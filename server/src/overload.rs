//! Load shedding: at most `max_in_flight` requests are served at once. One more waits for a
//! place, first come first served, at most `queue_wait_ms`, and is then answered 503 with
//! `Retry-After` instead of waiting in a queue that grows without bound (under 1000 clients an
//! unbounded queue left requests unanswered for seconds). A request holds its place until its
//! body has been sent, since pages stream their body after the head.

use crate::unavailable;
use axum::body::Body;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http_body::Frame;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The places of the requests in flight, and how long one may wait for a place.
#[derive(Clone)]
pub struct Limit {
    places: Arc<Semaphore>,
    wait: Duration,
}

impl Limit {
    /// `max_in_flight` 0: eight per CPU core (the pages are CPU-bound; more in flight only
    /// lengthens every request).
    pub fn new(max_in_flight: usize, wait: Duration) -> Limit {
        let places = if max_in_flight == 0 { 8 * cores() } else { max_in_flight };
        Limit { places: Arc::new(Semaphore::new(places)), wait }
    }
}

fn cores() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2)
}

/// The middleware: serves the request in a place, free or freed within the wait, or refuses it.
pub async fn shed(limit: Limit, req: Request, next: Next) -> Response {
    let place = match limit.places.clone().try_acquire_owned() {
        Ok(place) => Some(place),
        Err(_) => {
            tokio::time::timeout(limit.wait, limit.places.clone().acquire_owned()).await.ok().and_then(Result::ok)
        }
    };
    let Some(place) = place else {
        metrics::counter!("http_requests_shed_total").increment(1);
        return unavailable::busy(req.uri().path());
    };
    metrics::gauge!("http_requests_in_flight").increment(1.0);
    let res = next.run(req).await;
    res.map(|body| Body::new(Held { body, _place: place }))
}

/// A response body that gives its request's place back when it is done or dropped.
struct Held {
    body: Body,
    _place: OwnedSemaphorePermit,
}

impl Drop for Held {
    fn drop(&mut self) {
        metrics::gauge!("http_requests_in_flight").decrement(1.0);
    }
}

impl http_body::Body for Held {
    type Data = bytes::Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        Pin::new(&mut self.body).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.body.size_hint()
    }
}
