//! Webhook subscribers and the transactional outbox of their deliveries. A delivery row is
//! written in the same transaction as the change it announces, so a crash or restart loses no
//! event; workers claim due rows with a lease, so several processes can deliver side by side.

use chrono::{DateTime, Duration, SubsecRound, Utc};
use rand::RngCore;
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait, Query},
};

use crate::{
    Store, StoreError, Tx, WriteContext,
    entity::{delivery, delivery_attempt, webhook},
};

/// A subscriber, as listed (never its secret).
#[derive(Debug, Clone)]
pub struct Webhook {
    pub id: i64,
    pub url: String,
    pub active: bool,
    pub created_at: DateTime<Utc>,
}

/// A delivery with its attempts.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub id: i64,
    pub webhook_id: i64,
    pub event: String,
    pub payload: String,
    pub status: String,
    pub attempts: Vec<Attempt>,
    pub next_attempt_at: DateTime<Utc>,
    pub delivered_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

/// One attempt at a delivery.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub attempted_at: DateTime<Utc>,
    pub status_code: Option<i32>,
    pub error: Option<String>,
    pub duration_ms: i64,
}

/// A delivery claimed for sending.
#[derive(Debug, Clone)]
pub struct DueDelivery {
    pub id: i64,
    pub url: String,
    pub secret: String,
    pub event: String,
    pub payload: String,
    pub attempts: i32,
    /// Until when this worker holds the delivery: no other worker claims it before then.
    pub leased_until: DateTime<Utc>,
}

/// What happened when a delivery was sent.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub status_code: Option<i32>,
    pub error: Option<String>,
    pub duration_ms: i64,
    /// When to try again; `None` when delivered or given up.
    pub retry_at: Option<DateTime<Utc>>,
    pub delivered: bool,
}

/// Writes one delivery per active subscriber, inside the caller's transaction, in one
/// statement whatever the number of subscribers.
pub(crate) async fn enqueue(
    db: &impl ConnectionTrait,
    event: &str,
    payload: serde_json::Value,
) -> Result<(), StoreError> {
    let now = bitext_domain::now();
    let subscribers = Query::select()
        .column(webhook::Column::Id)
        .expr(Expr::val(event))
        .expr(Expr::val(payload.to_string()))
        .expr(Expr::val("pending"))
        .expr(Expr::val(0))
        .expr(Expr::val(now))
        .expr(Expr::val(now))
        .from(webhook::Entity)
        .and_where(Expr::col(webhook::Column::Active).eq(true))
        .to_owned();
    let insert = Query::insert()
        .into_table(delivery::Entity)
        .columns([
            delivery::Column::WebhookId,
            delivery::Column::Event,
            delivery::Column::Payload,
            delivery::Column::Status,
            delivery::Column::Attempts,
            delivery::Column::NextAttemptAt,
            delivery::Column::CreatedAt,
        ])
        .select_from(subscribers)
        .map_err(|e| StoreError::Database(sea_orm::DbErr::Custom(e.to_string())))?
        .to_owned();
    db.execute(&insert).await?;
    Ok(())
}

impl Tx {
    /// Adds a subscriber; returns it and its signing secret (generated when not given).
    ///
    /// # Errors
    /// Database errors only; the caller validates the URL.
    pub async fn create_webhook(
        &self,
        ctx: &WriteContext,
        url: &str,
        secret: Option<String>,
    ) -> Result<(Webhook, String), StoreError> {
        let secret = secret.unwrap_or_else(|| {
            let mut bytes = [0u8; 24];
            rand::rng().fill_bytes(&mut bytes);
            format!("whsec_{}", hex::encode(bytes))
        });
        let m = webhook::ActiveModel {
            url: Set(url.to_owned()),
            secret: Set(secret.clone()),
            active: Set(true),
            created_by: Set(ctx.actor_id),
            created_at: Set(bitext_domain::now()),
            ..Default::default()
        }
        .insert(self.conn())
        .await?;
        Ok((to_webhook(m), secret))
    }

    /// Every subscriber.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn webhooks(&self) -> Result<Vec<Webhook>, StoreError> {
        Ok(webhook::Entity::find()
            .order_by_asc(webhook::Column::Id)
            .all(self.conn())
            .await?
            .into_iter()
            .map(to_webhook)
            .collect())
    }

    /// Stops deliveries to a subscriber (its history stays).
    ///
    /// # Errors
    /// [`StoreError::WebhookNotFound`].
    pub async fn deactivate_webhook(&self, id: i64) -> Result<Webhook, StoreError> {
        let res = webhook::Entity::update_many()
            .col_expr(webhook::Column::Active, Expr::value(false))
            .filter(webhook::Column::Id.eq(id))
            .exec(self.conn())
            .await?;
        if res.rows_affected == 0 {
            return Err(StoreError::WebhookNotFound { id });
        }
        webhook::Entity::find_by_id(id)
            .one(self.conn())
            .await?
            .map(to_webhook)
            .ok_or(StoreError::WebhookNotFound { id })
    }

    /// A subscriber's deliveries, newest first, with their attempts.
    ///
    /// # Errors
    /// [`StoreError::WebhookNotFound`].
    pub async fn deliveries(
        &self,
        webhook_id: i64,
        limit: u64,
    ) -> Result<Vec<Delivery>, StoreError> {
        if webhook::Entity::find_by_id(webhook_id)
            .one(self.conn())
            .await?
            .is_none()
        {
            return Err(StoreError::WebhookNotFound { id: webhook_id });
        }
        let rows = delivery::Entity::find()
            .filter(delivery::Column::WebhookId.eq(webhook_id))
            .order_by_desc(delivery::Column::Id)
            .limit(limit)
            .all(self.conn())
            .await?;
        let ids: Vec<i64> = rows.iter().map(|d| d.id).collect();
        let attempts = delivery_attempt::Entity::find()
            .filter(delivery_attempt::Column::DeliveryId.is_in(ids))
            .order_by_asc(delivery_attempt::Column::Id)
            .all(self.conn())
            .await?;
        Ok(rows
            .into_iter()
            .map(|d| Delivery {
                attempts: attempts
                    .iter()
                    .filter(|a| a.delivery_id == d.id)
                    .map(|a| Attempt {
                        attempted_at: a.attempted_at,
                        status_code: a.status_code,
                        error: a.error.clone(),
                        duration_ms: a.duration_ms,
                    })
                    .collect(),
                id: d.id,
                webhook_id: d.webhook_id,
                event: d.event,
                payload: d.payload,
                status: d.status,
                next_attempt_at: d.next_attempt_at,
                delivered_at: d.delivered_at,
                created_at: d.created_at,
            })
            .collect())
    }
}

impl Store {
    /// Claims the delivery due longest by `now`, for `lease`: it is moved out of reach of other
    /// workers by a conditional update, so only one worker sends it at a time. A claimed
    /// delivery whose subscriber has been deactivated is not returned: it and everything else
    /// still pending for that subscriber are cancelled, and the next due is tried.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn claim_due_delivery(
        &self,
        now: DateTime<Utc>,
        lease: Duration,
    ) -> Result<Option<DueDelivery>, StoreError> {
        // A few candidates, for those other workers claim first.
        let due = delivery::Entity::find()
            .filter(delivery::Column::Status.eq("pending"))
            .filter(delivery::Column::NextAttemptAt.lte(now))
            .order_by_asc(delivery::Column::NextAttemptAt)
            .limit(8)
            .all(self.db())
            .await?;
        // Whole microseconds, as both databases keep them, so that the recorded attempt can
        // find the lease by equality.
        let leased_until = (now + lease).trunc_subsecs(6);
        for d in due {
            let res = delivery::Entity::update_many()
                .col_expr(delivery::Column::NextAttemptAt, Expr::value(leased_until))
                .filter(delivery::Column::Id.eq(d.id))
                .filter(delivery::Column::Status.eq("pending"))
                .filter(delivery::Column::NextAttemptAt.eq(d.next_attempt_at))
                .exec(self.db())
                .await?;
            if res.rows_affected != 1 {
                continue;
            }
            let Some(hook) = webhook::Entity::find_by_id(d.webhook_id)
                .one(self.db())
                .await?
            else {
                continue;
            };
            if !hook.active {
                delivery::Entity::update_many()
                    .col_expr(delivery::Column::Status, Expr::value("cancelled"))
                    .filter(delivery::Column::WebhookId.eq(hook.id))
                    .filter(delivery::Column::Status.eq("pending"))
                    .exec(self.db())
                    .await?;
                continue;
            }
            return Ok(Some(DueDelivery {
                id: d.id,
                url: hook.url,
                secret: hook.secret,
                event: d.event,
                payload: d.payload,
                attempts: d.attempts,
                leased_until,
            }));
        }
        Ok(None)
    }

    /// Records an attempt at a claimed delivery and moves it on: delivered, retried later, or
    /// given up. Returns whether the claim was still held. When its lease had run out (the
    /// attempt took longer than the lease), another worker may hold the delivery now: the
    /// attempt is recorded, and a success still marks the delivery delivered, but a failure
    /// leaves it to the new holder.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn record_attempt(
        &self,
        claim: &DueDelivery,
        outcome: &Outcome,
    ) -> Result<bool, StoreError> {
        // In turn with the server's other writers (on SQLite), and perhaps in their commit.
        let tx = self.write().await?;
        let txn = tx.conn();
        let now = bitext_domain::now();
        delivery_attempt::ActiveModel {
            delivery_id: Set(claim.id),
            attempted_at: Set(now),
            status_code: Set(outcome.status_code),
            error: Set(outcome.error.clone()),
            duration_ms: Set(outcome.duration_ms),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        let status = match (outcome.delivered, outcome.retry_at) {
            (true, _) => "delivered",
            (false, Some(_)) => "pending",
            (false, None) => "failed",
        };
        let update = |held: bool| {
            let mut update = delivery::Entity::update_many()
                .col_expr(delivery::Column::Status, Expr::value(status))
                .col_expr(
                    delivery::Column::Attempts,
                    Expr::col(delivery::Column::Attempts).add(1),
                )
                .filter(delivery::Column::Id.eq(claim.id))
                .filter(delivery::Column::Status.eq("pending"));
            if held {
                update = update.filter(delivery::Column::NextAttemptAt.eq(claim.leased_until));
            }
            if let Some(at) = outcome.retry_at {
                let at = at.trunc_subsecs(6);
                update = update.col_expr(delivery::Column::NextAttemptAt, Expr::value(at));
            }
            if outcome.delivered {
                update = update.col_expr(delivery::Column::DeliveredAt, Expr::value(Some(now)));
            }
            update
        };
        let held = update(true).exec(txn).await?.rows_affected == 1;
        if !held && outcome.delivered {
            update(false).exec(txn).await?;
        }
        tx.commit().await?;
        Ok(held)
    }
}

impl Store {
    /// How many deliveries wait to be sent (or retried) to active subscribers.
    ///
    /// # Errors
    /// Database errors only.
    pub async fn pending_deliveries(&self) -> Result<u64, StoreError> {
        use sea_orm::{PaginatorTrait, QueryTrait};
        let active = webhook::Entity::find()
            .select_only()
            .column(webhook::Column::Id)
            .filter(webhook::Column::Active.eq(true))
            .into_query();
        Ok(delivery::Entity::find()
            .filter(delivery::Column::Status.eq("pending"))
            .filter(delivery::Column::WebhookId.in_subquery(active))
            .count(self.db())
            .await?)
    }
}

fn to_webhook(m: webhook::Model) -> Webhook {
    Webhook {
        id: m.id,
        url: m.url,
        active: m.active,
        created_at: m.created_at,
    }
}
