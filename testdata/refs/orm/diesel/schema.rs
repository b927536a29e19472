// @generated automatically by Diesel CLI.

pub mod sql_types {
    #[derive(diesel::sql_types::SqlType)]
    #[diesel(postgres_type(name = "mood"))]
    pub struct Mood;
}

diesel::table! {
    use diesel::sql_types::*;
    use super::sql_types::Mood;

    /// The users; a doc comment naming a column: legacy -> Text
    // expect: users EXACT
    users (id) {
        // expect: users.id EXACT
        id -> Int4,
        /* old_email -> Text, */
        #[max_length = 255]
        // expect: users.email EXACT
        email -> Varchar,
        #[sql_name = "NickName"]
        // expect: users.NickName EXACT
        nick_name -> Nullable<Text>,
        // expect: users.tags EXACT
        tags -> Array<Nullable<Text>>,
        // expect: users.mood EXACT
        mood -> Mood,
    }
}

table! {
    #[sql_name = "app_posts"]
    // expect: app_posts EXACT
    posts (id) {
        // expect: app_posts.id EXACT
        id -> Int8,
        // expect: app_posts.user_id EXACT
        user_id -> Int4,
    }
}

diesel::joinable!(posts -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(posts, users,);

fn not_a_table() -> &'static str {
    "table! { fake (id) { id -> Int4, } }"
}
