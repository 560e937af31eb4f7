//! Load shedding: at most `max_in_flight` requests are served at once; one more is answered
//! 503 with `Retry-After` at once instead of waiting in a queue that grows without bound (under
//! `wrk -c 1000` an unbounded queue left requests unanswered for seconds). A request holds its
//! place until its body has been sent, since pages stream their body after the head.

use crate::unavailable;
use axum::body::Body;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http_body::Frame;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The places of the requests in flight.
#[derive(Clone)]
pub struct Limit(Arc<Semaphore>);

impl Limit {
    pub fn new(max_in_flight: usize) -> Limit {
        Limit(Arc::new(Semaphore::new(max_in_flight.max(1))))
    }
}

/// The middleware: serves the request in a free place, or refuses it.
pub async fn shed(limit: Limit, req: Request, next: Next) -> Response {
    let Ok(place) = limit.0.try_acquire_owned() else {
        return unavailable::busy(req.uri().path());
    };
    let res = next.run(req).await;
    res.map(|body| Body::new(Held { body, _place: place }))
}

/// A response body that gives its request's place back when it is done or dropped.
struct Held {
    body: Body,
    _place: OwnedSemaphorePermit,
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
